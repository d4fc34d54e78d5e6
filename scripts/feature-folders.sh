#!/usr/bin/env bash
# Lists the feature folders of HopeCase.Core, HopeCase.Web/Features and the three test tiers
# (HopeCase.Tests/Core, Web, Browser) side by side, and checks that the names line up (ADR 10).
#
# Rules, for every folder directly under HopeCase.Core/ (bin/ and obj/ aside):
#   1. A feature needs HopeCase.Web/Features/<name>/ and a test folder <name>/ in at least one tier.
#   2. A folder named in the first column of the "Features without pages" table of docs/architecture.md
#      (kernel folders such as Data, Saudi, Security, and LiveUpdates) needs no web folder, but must have
#      HopeCase.Tests/Core/<name>/: without pages, Core tests are the only tests it can have.
#   3. That table must stay true: a name in it that is not a Core folder, or that has a web folder after all,
#      is reported too.
# Shown but never failing: web-only features (a HopeCase.Web/Features folder with no Core folder, e.g. Health)
# and test folders of the shared web folders (Hosting, Layout, Account, Shared), marked "shared".
#
# Exit code: 0 when every rule holds, 1 when some do not (each gap is listed), 2 when the tree or the
# table cannot be read. Needs bash and coreutils only. HopeCase.Tests/Web/Hosting/FeatureFoldersTests.cs
# runs the same check in CI.
set -uo pipefail
shopt -s nullglob

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
doc="$root/docs/architecture.md"
heading="## Features without pages"

# Immediate sub-folders of $1, one name a line, build output left out.
folders() {
  local d name
  for d in "$1"/*/; do
    name=$(basename "$d")
    [[ $name == bin || $name == obj ]] && continue
    printf '%s\n' "$name"
  done
}

# The names in backticks in the first column of the "Features without pages" table.
exempt_names() {
  local line in_section=0 cell
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line == "$heading"* ]]; then in_section=1; continue; fi
    if (( in_section )) && [[ $line == '## '* ]]; then break; fi
    (( in_section )) || continue
    [[ $line == '|'* ]] || continue
    cell=${line#|}
    cell=${cell%%|*}
    if [[ $cell =~ \`([^\`]+)\` ]]; then
      printf '%s\n' "${BASH_REMATCH[1]}"
    fi
  done < "$doc"
}

for d in HopeCase.Core HopeCase.Web/Features HopeCase.Tests/Core HopeCase.Tests/Web HopeCase.Tests/Browser; do
  if [[ ! -d $root/$d ]]; then
    echo "feature-folders: $d not found under $root" >&2
    exit 2
  fi
done
has_section() {
  local l
  while IFS= read -r l || [[ -n $l ]]; do
    [[ $l == "$heading"* ]] && return 0
  done < "$doc"
  return 1
}
if [[ ! -f $doc ]] || ! has_section; then
  echo "feature-folders: no \"$heading\" section in docs/architecture.md" >&2
  exit 2
fi

declare -A core web tcore tweb tbrowser exempt
while IFS= read -r n; do core[$n]=1; done < <(folders "$root/HopeCase.Core")
while IFS= read -r n; do web[$n]=1; done < <(folders "$root/HopeCase.Web/Features")
while IFS= read -r n; do tcore[$n]=1; done < <(folders "$root/HopeCase.Tests/Core")
while IFS= read -r n; do tweb[$n]=1; done < <(folders "$root/HopeCase.Tests/Web")
while IFS= read -r n; do tbrowser[$n]=1; done < <(folders "$root/HopeCase.Tests/Browser")
while IFS= read -r n; do exempt[$n]=1; done < <(exempt_names)

mapfile -t names < <(printf '%s\n' "${!core[@]}" "${!web[@]}" "${!tcore[@]}" "${!tweb[@]}" "${!tbrowser[@]}" | LC_ALL=C sort -u)

mark() { [[ -n ${1:-} ]] && printf 'x' || printf -- '-'; }
row() { printf '%-16s %-6s %-14s %-12s %-11s %-15s %s\n' "$@"; }

problems=()
row folder Core Web/Features Tests/Core Tests/Web Tests/Browser status
row ------ ---- ------------ ---------- --------- ------------- ------
for n in "${names[@]}"; do
  [[ -z $n ]] && continue
  c=${core[$n]:-} w=${web[$n]:-} tc=${tcore[$n]:-} tw=${tweb[$n]:-} tb=${tbrowser[$n]:-} x=${exempt[$n]:-}
  status=ok
  if [[ -n $c && -n $x ]]; then
    status="ok (no pages)"
    if [[ -n $w ]]; then
      status="TABLE STALE"
      problems+=("$n: named in \"Features without pages\" but HopeCase.Web/Features/$n exists")
    fi
    if [[ -z $tc ]]; then
      status="MISSING Core tests"
      problems+=("$n: no pages, so it needs HopeCase.Tests/Core/$n")
    fi
  elif [[ -n $c ]]; then
    missing=()
    if [[ -z $w ]]; then
      missing+=(web)
      problems+=("$n: no HopeCase.Web/Features/$n (add it, or name $n in docs/architecture.md \"Features without pages\")")
    fi
    if [[ -z $tc && -z $tw && -z $tb ]]; then
      missing+=(tests)
      problems+=("$n: no test folder HopeCase.Tests/{Core,Web,Browser}/$n")
    fi
    (( ${#missing[@]} )) && status="MISSING ${missing[*]}"
  elif [[ -n $w ]]; then
    status=web-only
  else
    status=shared
  fi
  row "$n" "$(mark "$c")" "$(mark "$w")" "$(mark "$tc")" "$(mark "$tw")" "$(mark "$tb")" "$status"
done

for n in "${!exempt[@]}"; do
  if [[ -z ${core[$n]:-} ]]; then
    problems+=("$n: named in \"Features without pages\" but there is no HopeCase.Core/$n")
  fi
done

echo
if (( ${#problems[@]} == 0 )); then
  echo "Feature folders line up: ${#core[@]} Core folders, ${#web[@]} web feature folders."
  exit 0
fi
echo "${#problems[@]} gap(s):"
printf '%s\n' "${problems[@]}" | LC_ALL=C sort | while IFS= read -r p; do echo "  - $p"; done
exit 1
