package tests

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"
	"gopkg.in/yaml.v3"

	"github.com/gtrace/gtrace/internal/testenv"
)

// cmd/gtrace-exporter: a folder of scripts served at once, each labelled
// script="NAME", reloaded on SIGHUP, behind TLS and basic auth from a web
// configuration file.

// exporterPath is $GTRACE_EXPORTER_BIN (the non-root run's copy), or
// ./cmd/gtrace-exporter built once per run.
func exporterPath(t testing.TB) string {
	if bin := os.Getenv("GTRACE_EXPORTER_BIN"); bin != "" {
		return bin
	}
	return goBuilt(t, "gtrace-exporter", "./cmd/gtrace-exporter")
}

// exporterDaemon is a running gtrace-exporter.
type exporterDaemon struct {
	cmd    *exec.Cmd
	stderr *testenv.SyncBuffer
}

// startDaemon runs gtrace-exporter with args until it logs that it
// serves; it is stopped with SIGTERM at the end and must exit 0.
func startDaemon(t *testing.T, args ...string) *exporterDaemon {
	t.Helper()
	d := &exporterDaemon{cmd: exec.Command(exporterPath(t), args...), stderr: &testenv.SyncBuffer{}}
	d.cmd.Stdout, d.cmd.Stderr = io.Discard, d.stderr
	if err := d.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- d.cmd.Wait() }()
	t.Cleanup(func() {
		d.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("gtrace-exporter: %v\n%s", err, d.stderr.String())
			}
		case <-time.After(20 * time.Second):
			d.cmd.Process.Kill()
			t.Errorf("gtrace-exporter did not end within 20 s of SIGTERM")
		}
	})
	d.waitLog(t, "serving metrics", done)
	return d
}

// waitLog waits for a line of the daemon's log.
func (d *exporterDaemon) waitLog(t *testing.T, what string, done chan error) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(d.stderr.String(), what) {
		select {
		case err := <-done:
			t.Fatalf("gtrace-exporter ended (%v):\n%s", err, d.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("gtrace-exporter has not logged %q after 30 s:\n%s", what, d.stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// privateWorkload is a copy of the workload of the test's own, so that
// a script's uprobe on it counts only what the test runs.
func privateWorkload(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(workloadPath(t))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "workload")
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
}

func scrape(t *testing.T, client *http.Client, url string) (int, string) {
	t.Helper()
	resp, err := client.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// metricLine is the sample line of name{labels} in a scrape, or "".
func metricLine(text, prefix string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix+" ") {
			return l
		}
	}
	return ""
}

// TestExporterUsage: the daemon's bad command lines exit 2, saying why.
func TestExporterUsage(t *testing.T) {
	for _, args := range [][]string{
		{}, // no --scripts.dir
		{"--scripts.dir", "x", "--export.namespace", "9lives"},
		{"--scripts.dir", "x", "extra"},
		{"--scripts.dir", "x", "--export.user="},
		{"--scripts.dir", "x", "--export.user", "no-such-user"},
		{"--no-such-flag"},
	} {
		cmd := exec.Command(exporterPath(t), args...)
		out, err := cmd.CombinedOutput()
		if code := cmd.ProcessState.ExitCode(); err == nil || code != 2 || !strings.Contains(string(out), "gtrace-exporter") && !strings.Contains(string(out), "flag") {
			t.Errorf("gtrace-exporter %q: exit %d, output %q; want 2 and a reason", args, code, out)
		}
	}
}

// scriptsDir is a folder for the daemon's scripts, and how to write one.
func scriptsDir(t *testing.T) (string, func(name, src string)) {
	dir := t.TempDir()
	return dir, func(name, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestExporterDaemon(t *testing.T) {
	testenv.RequireBPF(t)
	wl := privateWorkload(t)
	dir, write := scriptsDir(t)
	write("calls.bt", `uprobe:`+wl+`:workload_add { @calls = count(); }`)
	write("args.bt", `uprobe:`+wl+`:workload_add { @args[comm] = sum(arg0); }`)
	write("broken.bt", `BEGIN { @x = nosuch; }`)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	d := startDaemon(t, "--scripts.dir", dir, "--web.listen-address", addr)
	if !strings.Contains(d.stderr.String(), "script=broken") || !strings.Contains(d.stderr.String(), "unknown identifier nosuch") {
		t.Errorf("the broken script is not reported:\n%s", d.stderr.String())
	}
	if out, err := exec.Command(wl, "call", "3", "10", "5").CombinedOutput(); err != nil {
		t.Fatalf("workload: %v\n%s", err, out)
	}
	_, text := scrape(t, http.DefaultClient, "http://"+addr+"/metrics")
	for _, want := range []string{`gtrace_calls_total{script="calls"} 3`, `gtrace_args_total{comm="workload",script="args"} 33`} {
		if !strings.Contains(text, want+"\n") {
			t.Errorf("no %q in:\n%s", want, text)
		}
	}

	// SIGHUP: a new script starts, a changed one restarts (its counts
	// anew), a removed one stops; the one unchanged keeps its series.
	write("new.bt", `uprobe:`+wl+`:workload_add { @n = count(); }`)
	write("args.bt", `uprobe:`+wl+`:workload_add { @args2 = count(); }`)
	os.Remove(filepath.Join(dir, "broken.bt"))
	d.cmd.Process.Signal(syscall.SIGHUP)
	d.waitLog(t, "script=new", nil)
	if out, err := exec.Command(wl, "call", "2", "1", "0").CombinedOutput(); err != nil {
		t.Fatalf("workload: %v\n%s", err, out)
	}
	_, text = scrape(t, http.DefaultClient, "http://"+addr+"/metrics")
	for prefix, want := range map[string]string{
		`gtrace_calls_total{script="calls"}`: "5",
		`gtrace_n_total{script="new"}`:       "2",
		`gtrace_args2_total{script="args"}`:  "2",
	} {
		if l := metricLine(text, prefix); l != prefix+" "+want {
			t.Errorf("%s: %q, want %s", prefix, l, want)
		}
	}
	if strings.Contains(text, "gtrace_args_total") {
		t.Errorf("the changed script's old series are still served:\n%s", text)
	}
	// The root daemon started the new scripts; what serves them is
	// still unprivileged (TestExporterPrivileges).
	checkUnprivileged(t, d.front(t))
}

// TestExporterTLSAuth: with a web configuration file, /metrics is
// served over TLS and only with the right basic auth.
func TestExporterTLSAuth(t *testing.T) {
	testenv.RequireBPF(t)
	dir := publicDir(t)
	scripts := filepath.Join(dir, "scripts")
	os.Mkdir(scripts, 0o755)
	if err := os.WriteFile(filepath.Join(scripts, "begin.bt"), []byte(`BEGIN { @started = 1; }`), 0o644); err != nil {
		t.Fatal(err)
	}
	cert, key, pool := selfSigned(t, dir)
	hash, err := bcrypt.GenerateFromPassword([]byte("s3cret"), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	webConfig := filepath.Join(dir, "web.yml")
	cfg := fmt.Sprintf("tls_server_config:\n  cert_file: %s\n  key_file: %s\nbasic_auth_users:\n  prom: %s\n", cert, key, hash)
	if err := os.WriteFile(webConfig, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	// The files are read at each connection, after the drop to nobody:
	// while they are root's alone (0600), the daemon refuses to start,
	// saying why.
	args := []string{"--scripts.dir", scripts, "--web.listen-address", addr, "--web.config.file", webConfig}
	out, err := exec.Command(exporterPath(t), args...).CombinedOutput()
	if code := exitCode(err); code != 1 || !strings.Contains(string(out), "--web.config.file, read as user nobody") {
		t.Errorf("a web config nobody cannot read: exit %d, want 1 and a reason\n%s", code, out)
	}
	for _, f := range []string{webConfig, cert, key} {
		if err := os.Chown(f, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
	startDaemon(t, args...)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}, Timeout: 10 * time.Second}
	if code, _ := scrape(t, client, "https://"+addr+"/metrics"); code != http.StatusUnauthorized {
		t.Errorf("no credentials: status %d, want 401", code)
	}
	req, _ := http.NewRequest("GET", "https://"+addr+"/metrics", nil)
	req.SetBasicAuth("prom", "wrong")
	if resp, err := client.Do(req); err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("a wrong password: %v %v, want 401", resp, err)
	} else {
		resp.Body.Close()
	}
	req.SetBasicAuth("prom", "s3cret")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `gtrace_started{script="begin"} 1`) {
		t.Errorf("with credentials: status %d\n%s", resp.StatusCode, body)
	}
	// Plain HTTP is not served.
	if resp, err := http.Get("http://" + addr + "/metrics"); err == nil {
		if resp.StatusCode == 200 {
			t.Errorf("plain HTTP served the metrics")
		}
		resp.Body.Close()
	}
}

// selfSigned writes a certificate and key for 127.0.0.1 and returns
// their paths and a pool trusting it.
func selfSigned(t *testing.T, dir string) (cert, key string, pool *x509.CertPool) {
	t.Helper()
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "gtrace test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &priv.PublicKey, priv)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := x509.MarshalECPrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	cert, key = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(cert, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
	os.WriteFile(key, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600)
	parsed, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool = x509.NewCertPool()
	pool.AddCert(parsed)
	return cert, key, pool
}

// TestDeployFiles: the systemd unit's and the DaemonSet's command lines
// start gtrace-exporter (their folder and address moved into the test's),
// and the DaemonSet mounts the scripts where its arguments say, sees the
// node's processes, runs privileged and is annotated for scraping on the
// port it serves.
func TestDeployFiles(t *testing.T) {
	testenv.RequireBPF(t)
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	unit, err := os.ReadFile(filepath.Join(root, "deploy", "gtrace-exporter.service"))
	if err != nil {
		t.Fatal(err)
	}
	var unitArgs []string
	for _, l := range strings.Split(string(unit), "\n") {
		if rest, ok := strings.CutPrefix(l, "ExecStart="); ok {
			unitArgs = strings.Fields(rest)[1:]
		}
	}
	b, err := os.ReadFile(filepath.Join(root, "deploy", "daemonset.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var ds struct {
		Kind string
		Spec struct {
			Template struct {
				Metadata struct{ Annotations map[string]string }
				Spec     struct {
					HostPID    bool `yaml:"hostPID"`
					Containers []struct {
						Args            []string
						SecurityContext struct{ Privileged bool } `yaml:"securityContext"`
						VolumeMounts    []struct {
							Name      string
							MountPath string `yaml:"mountPath"`
						} `yaml:"volumeMounts"`
					}
					Volumes []struct {
						Name      string
						ConfigMap *struct{ Name string } `yaml:"configMap"`
					}
				}
			}
		}
	}
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	for dec.Decode(&ds) == nil && ds.Kind != "DaemonSet" {
	}
	pod := ds.Spec.Template.Spec
	if ds.Kind != "DaemonSet" || len(pod.Containers) != 1 {
		t.Fatalf("deploy/daemonset.yaml has no DaemonSet with one container")
	}
	c := pod.Containers[0]
	if !pod.HostPID || !c.SecurityContext.Privileged {
		t.Errorf("the DaemonSet needs hostPID and privileged: %v %v", pod.HostPID, c.SecurityContext.Privileged)
	}
	flag := func(args []string, name string) string {
		for i, a := range args {
			if v, ok := strings.CutPrefix(a, name+"="); ok {
				return v
			}
			if a == name && i+1 < len(args) {
				return args[i+1]
			}
		}
		return ""
	}
	dir := flag(c.Args, "--scripts.dir")
	mounted := ""
	for _, m := range c.VolumeMounts {
		for _, v := range pod.Volumes {
			if v.Name == m.Name && v.ConfigMap != nil && m.MountPath == dir {
				mounted = v.ConfigMap.Name
			}
		}
	}
	if mounted == "" {
		t.Errorf("no ConfigMap is mounted at --scripts.dir %q", dir)
	}
	ann := ds.Spec.Template.Metadata.Annotations
	if _, port, _ := net.SplitHostPort(flag(c.Args, "--web.listen-address")); ann["prometheus.io/scrape"] != "true" || ann["prometheus.io/port"] != port {
		t.Errorf("scrape annotations %v do not match the port %q", ann, port)
	}

	wl := privateWorkload(t)
	for name, args := range map[string][]string{"unit": unitArgs, "daemonset": c.Args} {
		t.Run(name, func(t *testing.T) {
			scripts := t.TempDir()
			os.WriteFile(filepath.Join(scripts, "calls.bt"), []byte(`uprobe:`+wl+`:workload_add { @calls = count(); }`), 0o644)
			addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
			var moved []string
			for i := 0; i < len(args); i++ {
				a := args[i]
				switch {
				case strings.HasPrefix(a, "--scripts.dir"), strings.HasPrefix(a, "--web.listen-address"):
					v := scripts
					if strings.HasPrefix(a, "--web") {
						v = addr
					}
					key, _, _ := strings.Cut(a, "=")
					if !strings.Contains(a, "=") {
						i++ // the value follows
					}
					moved = append(moved, key+"="+v)
				default:
					moved = append(moved, a)
				}
			}
			startDaemon(t, moved...)
			if out, err := exec.Command(wl, "call", "2", "1", "0").CombinedOutput(); err != nil {
				t.Fatalf("workload: %v\n%s", err, out)
			}
			if _, text := scrape(t, http.DefaultClient, "http://"+addr+"/metrics"); !strings.Contains(text, `gtrace_calls_total{script="calls"} 2`) {
				t.Errorf("%s's command line serves no calls:\n%s", name, text)
			}
		})
	}
}

// TestMetricsExamples: examples/metrics served by gtrace-exporter, the
// folder as it is, each script with its own label; a workload's failed
// opens, its exec and its connections show up in them. Not parallel:
// no other test's workload runs meanwhile, so its figures are exact.
func TestMetricsExamples(t *testing.T) {
	testenv.RequireBPF(t)
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "examples", "metrics")
	files, _ := filepath.Glob(filepath.Join(dir, "*.bt"))
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	d := startDaemon(t, "--scripts.dir", dir, "--web.listen-address", addr)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".bt")
		if !strings.Contains(d.stderr.String(), "msg=started script="+name) {
			t.Errorf("%s did not start:\n%s", name, d.stderr.String())
		}
	}
	wl := workloadPath(t)
	port := freePort(t)
	if out, err := exec.Command(wl, "open", "/gtrace-no-such-file", "4", ",", "serve", fmt.Sprint(port), "3").CombinedOutput(); err != nil {
		t.Fatalf("workload: %v\n%s", err, out)
	}
	_, text := scrape(t, http.DefaultClient, "http://"+addr+"/metrics")
	exact := map[string]string{
		`gtrace_failed_opens_total{comm="workload",container_id="",errno="2",script="failed_opens"}`: "4",
		`gtrace_execs_total{comm="workload",container_id="",script="execs"}`:                         "1",
	}
	for prefix, want := range exact {
		if l := metricLine(text, prefix); l != prefix+" "+want {
			t.Errorf("%s: %q, want %s", prefix, l, want)
		}
	}
	atLeast := map[string]float64{
		`gtrace_syscalls_total{comm="workload",container_id="",script="syscalls"}`: 10,
		`gtrace_connect_usecs_count{container="",script="tcpconnect_latency"}`:     3,
	}
	for prefix, min := range atLeast {
		l := metricLine(text, prefix)
		v, err := strconv.ParseFloat(strings.TrimPrefix(l, prefix+" "), 64)
		if err != nil || v < min {
			t.Errorf("%s: %q, want at least %v", prefix, l, min)
		}
	}
	if strings.Contains(text, "gtrace__start") || strings.Contains(text, "gtrace__owner") {
		t.Errorf("the scripts' @_ maps are exported:\n%s", text)
	}
}

// TestExporterContainerLabel: --export.container-label labels each
// aggregation's series with the container of the task, from cgroups
// shaped as Docker and Kubernetes make them; tasks of no container
// (a plain cgroup, the test's own) add up under container="". A map
// the script reads back keeps its keys, with a warning.
func TestExporterContainerLabel(t *testing.T) {
	testenv.RequireBPF(t)
	wl := privateWorkload(t)
	dir, write := scriptsDir(t)
	write("c.bt", `uprobe:`+wl+`:workload_add { @calls = count(); @args[comm] = sum(arg1); @lat = hist(arg1); @last = arg1; }`)
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	d := startDaemon(t, "--scripts.dir", dir, "--web.listen-address", addr, "--export.container-label")
	if !strings.Contains(d.stderr.String(), "@last has no container label") {
		t.Errorf("no warning for @last:\n%s", d.stderr.String())
	}
	docker := strings.Repeat("d0c4e7", 10) + "abcd"
	kube := strings.Repeat("7e5a", 16)
	runIn := func(rel string, calls int) {
		cg := makeCgroup(t, rel)
		cmd := exec.Command("/bin/sh", "-c", fmt.Sprintf("echo $$ > %s && exec %s call %d 1 4", filepath.Join(cg, "cgroup.procs"), wl, calls))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("workload in %s: %v\n%s", rel, err, out)
		}
	}
	runIn(fmt.Sprintf("gtrace-label-%d.slice/docker-%s.scope", os.Getpid(), docker), 2)
	runIn(fmt.Sprintf("gtrace-kubepods-%d.slice/kubepods-pod1.slice/cri-containerd-%s.scope", os.Getpid(), kube), 3)
	runIn(fmt.Sprintf("gtrace-label-%d.slice/cron.service", os.Getpid()), 1)
	if out, err := exec.Command(wl, "call", "4", "1", "4").CombinedOutput(); err != nil {
		t.Fatalf("workload: %v\n%s", err, out)
	}
	_, text := scrape(t, http.DefaultClient, "http://"+addr+"/metrics")
	for prefix, want := range map[string]string{
		`gtrace_calls_total{container="` + docker + `",script="c"}`:              "2",
		`gtrace_calls_total{container="` + kube + `",script="c"}`:                "3",
		`gtrace_calls_total{container="",script="c"}`:                            "5",
		`gtrace_args_total{comm="workload",container="` + kube + `",script="c"}`: "12",
		`gtrace_args_total{comm="workload",container="",script="c"}`:             "20",
		`gtrace_lat_count{container="",script="c"}`:                              "5",
		`gtrace_lat_sum{container="",script="c"}`:                                "20",
		`gtrace_lat_bucket{container="` + docker + `",script="c",le="7"}`:        "2",
		`gtrace_last{script="c"}`:                                                "4",
	} {
		if l := metricLine(text, prefix); l != prefix+" "+want {
			t.Errorf("%s: %q, want %s", prefix, l, want)
		}
	}
}
