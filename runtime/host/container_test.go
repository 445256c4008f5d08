package host

import "testing"

func TestContainerID(t *testing.T) {
	id := "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	for _, c := range []struct{ path, want string }{
		{"/system.slice/docker-" + id + ".scope", id},
		{"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod1f2e.slice/cri-containerd-" + id + ".scope", id},
		{"/kubepods.slice/kubepods-pod1f2e.slice/crio-" + id + ".scope", id},
		{"/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-" + id + ".scope", id},
		{"/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-" + id + ".scope/container", id},
		{"/docker/" + id, id},
		{"/kubepods/burstable/pod1f2e-33/" + id, id},
		{"/machine.slice/machine-web\\x2d1.scope", "web-1"},
		{"/machine.slice/systemd-nspawn@db.service/payload", "db"},
		{"/system.slice/cron.service", ""},
		{"/user.slice/user-1000.slice/session-3.scope", ""},
		{"/", ""},
		{"/system.slice/" + id, ""}, // a bare id outside a runtime's tree
	} {
		if got := ContainerID(c.path); got != c.want {
			t.Errorf("ContainerID(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}
