#!/usr/bin/env bash
# Every focusable control of the real app has an accessible name that says
# what it is, as a screen reader (AT-SPI) sees it: the app on a copy of the
# Socorro sample, each tab, a goal, objective, action and measure pane, the
# main dialogs and the walk-through; drop-downs are named by their label, not
# by the value they show.
#   unnamed_test.sh CAIRN-CLI CAIRN SAMPLE.json A11Y-TREE.py
set -uo pipefail
cli=$1 app=$2 sample=$3 tool=$4

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config"
[ -n "${USER:-}" ] || export USER=cairn-tests
"$cli" import "$sample" "$tmp/plan.cairn" >/dev/null || { echo "cannot import $sample" >&2; exit 1; }

# In order; a dialog's Cancel or Close closes it before the next one opens.
clicks=(
  "page tab:Plan"
  "menu item:Add Goal" "menu item:Add Objective" "menu item:Add Action" "menu item:Add Measure"
  "menu item:Item History…" "push button:Close"
  "menu item:Preferences…" "push button:Cancel"
  "menu item:New Plan…" "push button:Cancel"
  "menu item:New Plan from Document…" "push button:Cancel"
  "menu item:Export Report (PDF)…" "push button:Cancel"
  "page tab:Update values"
  "page tab:Overview"
  "page tab:Alignment"
  "page tab:Reviews"
  "push button:Add Recommendation…" "push button:Cancel"
  "push button:Add Note…" "push button:Cancel"
  "push button:Export Minutes (PDF)…" "push button:Cancel"
  "menu item:Start Review…" "push button:Cancel"
  "push button:Walk Through the Plan"
)
args=()
for click in "${clicks[@]}"; do args+=(--click "$click"); done

/usr/bin/python3 "$tool" --size 1366x768 --timeout 90 --delay 2 "${args[@]}" -- "$app" "$tmp/plan.cairn" >"$tmp/tree.txt"
status=$?
failed=0
if [ "$status" -ne 0 ]; then
  echo "a11y-tree.py ended with status $status; its clicks:" >&2
  grep '^== click' "$tmp/tree.txt" >&2
  failed=1
fi
dumps=$(grep -c '^controls: ' "$tmp/tree.txt")
if [ "$dumps" -ne $((${#clicks[@]} + 1)) ]; then
  echo "expected $((${#clicks[@]} + 1)) dumps (the app and one after each click), got $dumps" >&2
  failed=1
fi
# Each dump: "== <what>" ... "controls: N, focusable: F, unnamed focusable: U" + the unnamed ones.
awk '
  /^== (initial|after click)/ { state = $0 }
  /^controls: / { split($0, parts, "unnamed focusable: "); unnamed = parts[2] + 0
                  if (unnamed > 0) { print state ": " unnamed " unnamed focusable control(s)"; bad = 1 }
                  listing = unnamed > 0; next }
  listing && /^  UNNAMED/ { print "  " $0; next }
  { listing = 0 }
  END { exit bad }
' "$tmp/tree.txt" || failed=1
# Every dialog and the walk-through were shown (and so checked).
for window in "History of" "Preferences" "New Plan" "New Plan from Document" "Export Report" "Add Recommendation" "Add Note" "Export Minutes" "Start a Review" \
  "Review walk-through"; do
  if ! grep -Eq "^ {2}(dialog|frame|window) \"$window" "$tmp/tree.txt"; then
    echo "the window \"$window\" never showed up in the tree" >&2
    failed=1
  fi
done
# Drop-downs say what they choose (their label), not only what they show.
for combo in "Owner" "Goal" "School year" "Show only status"; do
  if ! grep -q "combo box \"$combo\"" "$tmp/tree.txt"; then
    echo "no drop-down named \"$combo\"; drop-downs seen:" >&2
    grep -o 'combo box "[^"]*"' "$tmp/tree.txt" | sort -u | sed 's/^/  /' >&2
    failed=1
  fi
done
echo "$dumps views checked: $(grep -c '^controls: .*unnamed focusable: 0$' "$tmp/tree.txt") with every focusable control named"
exit "$failed"
