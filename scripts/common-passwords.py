#!/usr/bin/env python3
"""Writes HopeCase.Core/Security/common-passwords.txt: the passwords HopeCase refuses as too common.

Made from well-known patterns (no outside list is downloaded): the passwords that top every published
breach list, keyboard walks, years and dates, repeated and sequential digits, names and words followed by
digits and years, and the same strings as they come out when typed on an Arabic keyboard layout (and Arabic
words typed with the layout left on English), plus Arabic-Indic digit sequences. One entry per line,
lower-case, sorted. Run again after changing it: python3 scripts/common-passwords.py
"""
import itertools, os

TOP = """123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football
monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman 1qaz2wsx
7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster soccer harley
batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars klaster 112233
george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753
aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea biteme matthew access yankees
987654321 dallas austin thunder taylor matrix welcome admin administrator passw0rd p@ssw0rd p@ssword password1
qwerty123 iloveyou1 princess1 welcome1 admin123 root toor changeme secret letmein1 login guest default test
testing samsung apple google facebook whatsapp snapchat instagram twitter linkedin microsoft windows""".split()

WORDS = """password passw0rd p@ssw0rd p@ssword pass admin administrator welcome letmein qwerty asdf zxcv iloveyou
love secret master login user test guest root manager staff office hope amal hopecase hope-psy jizan jazan
riyadh jeddah makkah mecca madinah medina dammam abha taif tabuk saudi saudia ksa saudiarabia alhilal hilal
alnassr nassr ittihad ahli alahli football sunshine princess dragon monkey shadow summer winter spring autumn
allah bismillah alhamdulillah mashallah inshallah subhanallah islam muslim quran habibi habibti hayati omri
mohammed mohammad muhammad mohamed ahmed ahmad ali omar umar abdullah abdallah abdulrahman abdulaziz khalid
khaled fahad fahd faisal saad saud sultan turki nasser naser salman sami yousef yusuf ibrahim ismail hassan
hussein hussain majed majid nawaf bandar mansour mishal talal waleed walid yasser yaser ziad zaid hamad hamza
fatima fatimah aisha aysha noura nora norah sara sarah maryam mariam reem hind huda amal asma lama lamia
dana haya nouf shahad rawan razan jana joud layan lina mona rania rana salma wafa wejdan abeer afnan
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "@", "#", "1!", "123!", "@123", "_123", ".123",
            "01", "007", "786", "0000", "1111", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "999", "000"]

WALKS = ["qwerty", "qwertyui", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "qazwsx", "qazwsxedc",
         "1qaz2wsx", "1qaz2wsx3edc", "1q2w3e", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4", "q1w2e3r4t5",
         "zaq12wsx", "zaq1zaq1", "qweasd", "qweasdzxc", "asdqwe", "poiuytrewq", "lkjhgfdsa", "mnbvcxz",
         "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./", "qwer1234", "asdf1234", "zxcv1234", "1234qwer", "1234asdf", "abcd1234", "abc123", "abcdef", "abcdefgh",
         "aaaaaa", "qqqqqq", "azerty", "qwertz", "!qaz@wsx", "1qazxsw2", "qwe123", "asd123", "zxc123"]

# Arabic layout (Windows, Saudi): what each Latin key gives.
AR = dict(zip("qwertyuiop[]asdfghjkl;'zxcvbnm,./`",
              "ضصثقفغعهخحجدشسيبلاتنمكطئءؤرلاىةوزظذ"))
AR["b"] = "لا"
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ARABIC_WORDS = ["محمد", "احمد", "عبدالله", "علي", "فاطمة", "نورة", "سارة", "الله", "بسم الله", "الحمدلله",
                "السعودية", "جيزان", "الرياض", "جدة", "مكة", "امل", "حبيبي", "حياتي", "كلمة السر", "كلمةالمرور",
                "مرحبا", "الهلال", "النصر", "الاتحاد", "الاهلي", "اسلام", "قرآن", "خالد", "فهد", "فيصل", "سلمان"]
LATIN_OF = {v: k for k, v in AR.items() if len(v) == 1}
LATIN_OF.update({"أ": "h", "إ": "h", "آ": "h", "ـ": "", " ": " "})


def arabic_layout(s):
    return "".join(AR.get(c, c) for c in s)


def latin_layout(s):
    return "".join(LATIN_OF.get(c, c) for c in s)


def main():
    out = set(TOP) | set(WALKS)
    years = [str(y) for y in range(1950, 2031)]
    for w in set(WORDS) | set(TOP[:80]):
        for s in SUFFIXES + years:
            out.add(w + s)
            out.add(w.capitalize().lower() + s)
        for y in years[30:]:
            out.add(w + "@" + y)
    for w in WALKS:
        for s in SUFFIXES + ["!@#", "!@#$", "123456"]:
            out.add(w + s)
        out.add(w + w)
    for n in range(4, 17):
        out.add("12345678901234567890"[:n])
        out.add(("09876543210987654321")[:n])
        out.add(("98765432109876543210")[:n])
        for d in "0123456789":
            out.add(d * n)
        for pair in ["12", "21", "01", "10", "69", "00", "11", "99", "123", "321", "786", "1234", "4321", "147", "159", "258", "369", "0123"]:
            out.add((pair * 10)[:n])
    for y in years:
        out.add(y * 2)
        out.add(y * 3)
        for y2 in years[::5]:
            out.add(y + y2)
    for d in range(1, 32):
        for m in range(1, 13):
            for y in range(1975, 2011):
                out.add(f"{d:02d}{m:02d}{y}")
    for w in list(out):
        if w.isascii() and any(c.isalpha() for c in w) and len(w) <= 16 and "@" not in w:
            out.add(arabic_layout(w))
    for w in ARABIC_WORDS:
        for s in ["", "123", "1234", "12345", "123456", "١٢٣", "١٢٣٤", "١٢٣٤٥٦"] + years[::3]:
            out.add(w + s)
            out.add(latin_layout(w) + s)
    for w in list(out):
        if w.isdigit() and w.isascii() and len(w) <= 12:
            out.add(w.translate(AR_DIGITS))
    out = sorted(x.lower() for x in out if len(x) >= 4 and "\n" not in x)
    path = os.path.join(os.path.dirname(__file__), "..", "HopeCase.Core", "Security", "common-passwords.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "entries written to", os.path.normpath(path))


main()
