# bash completion for gtrace. `make install` puts it in
# $(PREFIX)/share/bash-completion/completions/gtrace.

_gtrace()
{
	local cur prev
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

	case $prev in
	-f)
		COMPREPLY=($(compgen -W 'text json' -- "$cur"))
		return
		;;
	-B)
		COMPREPLY=($(compgen -W 'none line full' -- "$cur"))
		return
		;;
	-d)
		COMPREPLY=($(compgen -W 'ast types asm verifier' -- "$cur"))
		return
		;;
	-o)
		COMPREPLY=($(compgen -f -- "$cur"))
		return
		;;
	-c)
		COMPREPLY=($(compgen -c -- "$cur"))
		return
		;;
	-p)
		COMPREPLY=($(compgen -W "$(cd /proc 2>/dev/null && compgen -G '[0-9]*')" -- "$cur"))
		return
		;;
	-l | -lv)
		COMPREPLY=($(compgen -W 'BEGIN END tracepoint: rawtracepoint: kprobe: kretprobe: kfunc: kretfunc: fentry: fexit: uprobe: uretprobe: usdt: iter: profile: interval: software: hardware:' -- "$cur"))
		compopt -o nospace 2>/dev/null
		return
		;;
	-e)
		return
		;;
	-I)
		COMPREPLY=($(compgen -d -- "$cur"))
		return
		;;
	--include)
		COMPREPLY=($(compgen -f -- "$cur"))
		return
		;;
	--export | --export.namespace | --export.user)
		return
		;;
	--cgroup)
		COMPREPLY=($(compgen -d -- "$cur"))
		return
		;;
	esac

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W '-e -c -p -o -f -q -v -d --dry-run -l -lv --info -i -B --unsafe -k -kk --unroll-loops --no-warnings -I --include --cgroup --export --export.namespace --export.user --export.privileged --export.container-label --usdt-file-activation -h --help -V --version' -- "$cur"))
		return
	fi
	# A script: .bt files and directories.
	COMPREPLY=($(compgen -f -X '!*.bt' -- "$cur") $(compgen -d -- "$cur"))
}
complete -F _gtrace gtrace
