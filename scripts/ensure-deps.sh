#!/usr/bin/env bash
# Installs what HopeCase needs beyond the .NET SDK, only when it is missing:
# Debian's chromium (prints letters, drives browser tests), Arabic fonts, poppler-utils (PDF tests),
# sqlite3 (audit tamper test), and postgresql + nginx (the PostgreSQL suite and the scale test).
set -euo pipefail

packages=(chromium fonts-noto-core fonts-hosny-amiri poppler-utils sqlite3 postgresql nginx)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "==> Installing missing Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
      echo "!! Not root and no sudo: please install ${missing[*]} yourself (apt-get install ${missing[*]})." >&2
      exit 1
    fi
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "==> Installed: ${missing[*]}"
else
  echo "==> Debian packages present: ${packages[*]}"
fi

if ! command -v dotnet >/dev/null; then
  echo "!! The .NET SDK 10 is required (dotnet not found on PATH)." >&2
  exit 1
fi
echo "==> .NET SDK $(dotnet --version)"
