package output

import (
	"testing"
	"time"
)

func TestStrftime(t *testing.T) {
	tm := time.Date(2024, 3, 5, 7, 8, 9, 0, time.UTC)
	got := Strftime("%Y-%m-%d %H:%M:%S %a %b %e %j %y %I%p %% %T %D %F %R %q", tm)
	want := "2024-03-05 07:08:09 Tue Mar  5 065 24 07AM % 07:08:09 03/05/24 2024-03-05 07:08 %q"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
