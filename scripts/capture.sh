#!/usr/bin/env bash
# Regenerates the captures in docs/ from the real program: each pane at 100x30 in tmux, as a
# reader sees it (LANG=C.UTF-8, both languages), and the Zones capture inside README.md.
# A test (DocCaptureTests) fails when a capture no longer matches what the program draws.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product zones > /dev/null
bin="$(swift build --show-bin-path)/zones"
socket="zones-capture-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT
tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 "env -i PATH=/usr/bin:/bin HOME=/tmp TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 $bin"
tmux -L "$socket" set-option -g status off
sleep 1
i=1
for pane in overview statistics zones priorities people source; do
    tmux -L "$socket" send-keys -t 0 "$i"
    sleep 0.5
    tmux -L "$socket" capture-pane -p -t 0 > "docs/captures/$pane.txt"
    i=$((i + 1))
done
tmux -L "$socket" send-keys -t 0 q
python3 - <<'PY'
import pathlib, re
readme = pathlib.Path("README.md")
capture = pathlib.Path("docs/captures/zones.txt").read_text()
text = readme.read_text()
block = "<!-- capture:zones -->\n```\n" + capture + "```\n<!-- /capture -->"
readme.write_text(re.sub(r"<!-- capture:zones -->.*?<!-- /capture -->", lambda m: block, text, flags=re.S))
PY
echo "captures written to docs/captures/ and README.md"
