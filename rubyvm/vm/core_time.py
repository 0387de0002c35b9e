"""Time, Kernel#sleep and Process clocks (cf. time.c: time_s_now, time_s_at, time_s_mkutc,
time_strftime / strftime.c, time_inspect; process.c rb_clock_gettime)."""
from __future__ import annotations

import math
import os
import time as _time
from fractions import Fraction

from .bootstrap import defm, defs
from .objects import RData, RString, RSymbol, intern

DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class TimeV:
    """A Time: an exact count of seconds since the epoch (Fraction) and its zone."""
    __slots__ = ("t", "utc", "off", "zone")

    def __init__(self, t, utc=False, off=None, zone=None):
        self.t = Fraction(t)
        self.utc = utc
        if utc:
            off, zone = 0, "UTC"
        elif off is None:
            lt = _time.localtime(math.floor(self.t))
            off, zone = lt.tm_gmtoff, lt.tm_zone
        self.off = off
        self.zone = zone

    def fields(self):
        """(year, month, day, hour, min, sec, wday, yday) in this Time's zone."""
        secs = math.floor(self.t) + self.off
        days, rem = divmod(secs, 86400)
        y, m, d = _civil(days)
        h, rem = divmod(rem, 3600)
        mi, s = divmod(rem, 60)
        wday = (days + 4) % 7
        yday = days - _days_from_civil(y, 1, 1) + 1
        return y, m, d, h, mi, s, wday, yday

    def subsec(self):
        return self.t - math.floor(self.t)


def _days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date (any year)."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def fmt_off(off, colon=False):
    sign = "-" if off < 0 else "+"
    off = abs(off)
    return f"{sign}{off // 3600:02d}{':' if colon else ''}{off // 60 % 60:02d}"


def strftime(tv, fmt):
    """cf. rb_strftime: the common conversions with -, 0, _, ^ flags and a width."""
    y, m, d, H, M, S, wday, yday = tv.fields()
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        j = i + 1
        flags = ""
        while j < n and fmt[j] in "-0_^#":
            flags += fmt[j]
            j += 1
        width = ""
        while j < n and fmt[j].isdigit():
            width += fmt[j]
            j += 1
        colons = 0
        while j < n and fmt[j] == ":":
            colons += 1
            j += 1
        if j >= n:
            out.append(fmt[i:])
            break
        conv = fmt[j]
        i = j + 1

        def num(v, w, pad="0"):
            if "-" in flags:
                return str(v)
            if "_" in flags:
                pad = " "
            elif "0" in flags:
                pad = "0"
            w = int(width) if width else w
            s = str(abs(v))
            s = s.rjust(w - (1 if v < 0 else 0), pad)
            return ("-" + s) if v < 0 else s

        def text(s):
            if "^" in flags:
                s = s.upper()
            if "#" in flags:
                s = s.swapcase()
            if width:
                s = s.rjust(int(width), "0" if "0" in flags else " ")
            return s
        h12 = H % 12 or 12
        if conv == "Y":
            out.append(num(y, 4 if y >= 0 else 5) if width or flags else str(y))
        elif conv == "C":
            out.append(num(y // 100, 2))
        elif conv == "y":
            out.append(num(y % 100, 2))
        elif conv == "m":
            out.append(num(m, 2))
        elif conv == "d":
            out.append(num(d, 2))
        elif conv == "e":
            out.append(num(d, 2, " "))
        elif conv == "j":
            out.append(num(yday, 3))
        elif conv == "H":
            out.append(num(H, 2))
        elif conv == "k":
            out.append(num(H, 2, " "))
        elif conv == "I":
            out.append(num(h12, 2))
        elif conv == "l":
            out.append(num(h12, 2, " "))
        elif conv == "M":
            out.append(num(M, 2))
        elif conv == "S":
            out.append(num(S, 2))
        elif conv in "LN":
            digits = int(width) if width else (3 if conv == "L" else 9)
            v = math.floor(tv.subsec() * 10 ** digits)
            out.append(str(v).rjust(digits, "0"))
        elif conv == "z":
            out.append(fmt_off(tv.off, colons == 1))
        elif conv == "Z":
            out.append(text(tv.zone or ""))
        elif conv == "A":
            out.append(text(DAYS[wday]))
        elif conv == "a":
            out.append(text(DAYS[wday][:3]))
        elif conv == "B":
            out.append(text(MONTHS[m - 1]))
        elif conv in "bh":
            out.append(text(MONTHS[m - 1][:3]))
        elif conv == "p":
            s = "AM" if H < 12 else "PM"
            out.append(text(s.lower() if "#" in flags else s) if "#" not in flags else s.lower())
        elif conv == "P":
            out.append("am" if H < 12 else "pm")
        elif conv == "u":
            out.append(str(wday or 7))
        elif conv == "w":
            out.append(str(wday))
        elif conv == "U":
            out.append(num((yday + 6 - wday) // 7, 2))
        elif conv == "W":
            out.append(num((yday + 6 - (wday - 1) % 7) // 7, 2))
        elif conv == "s":
            out.append(str(math.floor(tv.t)))
        elif conv == "F":
            out.append(text(f"{strftime(tv, '%Y')}-{m:02d}-{d:02d}"))
        elif conv == "T" or conv == "X":
            out.append(text(f"{H:02d}:{M:02d}:{S:02d}"))
        elif conv == "D" or conv == "x":
            out.append(text(f"{m:02d}/{d:02d}/{y % 100:02d}"))
        elif conv == "R":
            out.append(text(f"{H:02d}:{M:02d}"))
        elif conv == "r":
            out.append(text(f"{h12:02d}:{M:02d}:{S:02d} {'AM' if H < 12 else 'PM'}"))
        elif conv == "c":
            out.append(text(f"{DAYS[wday][:3]} {MONTHS[m - 1][:3]} {d:2d} {H:02d}:{M:02d}:{S:02d} {y}"))
        elif conv == "n":
            out.append("\n")
        elif conv == "t":
            out.append("\t")
        elif conv == "%":
            out.append("%")
        else:
            out.append(fmt[j - len(flags) - len(width) - colons - 1:i])
    return "".join(out)


def time_to_s(tv):
    base = strftime(tv, "%Y-%m-%d %H:%M:%S")
    return base + (" UTC" if tv.utc else " " + fmt_off(tv.off))


def time_inspect(tv):
    base = strftime(tv, "%Y-%m-%d %H:%M:%S")
    sub = tv.subsec()
    if sub:
        if (sub * 10 ** 9).denominator == 1:
            base += "." + str(int(sub * 10 ** 9)).rjust(9, "0").rstrip("0")
        else:
            base += " " + f"{sub.numerator}/{sub.denominator}"
    return base + (" UTC" if tv.utc else " " + fmt_off(tv.off))


def init(vm):
    T = vm.cTime
    from .core_object import inspect as r_inspect
    from .core_object import to_s as r_to_s

    def mk(tv, klass=None):
        return RData(klass or T, tv)

    def exact(vm, v):
        t = type(v)
        if t is int or t is Fraction:
            return Fraction(v)
        if t is float:
            if not math.isfinite(v):
                vm.raise_(vm.eFloatDomainError, r_to_s(vm, v))
            return Fraction(v)
        if v is None or isinstance(v, (RString, RSymbol)) or v is True or v is False:
            vm.type_error(f"can't convert {vm.real_class(v).name if v is not None else 'nil'} into an exact number")
        if isinstance(v, RData) and isinstance(v.data, TimeV):
            vm.type_error("can't convert Time into an exact number")
        return Fraction(vm.call_method(v, "to_r", []))

    def zone_kw(vm, kw):
        if kw is None:
            return None
        z = kw.d.get(intern("in"))
        return None if z is None else z[1]

    def apply_zone(vm, tv, z):
        if z is None:
            return tv
        s = r_to_s(vm, z)
        if s in ("UTC", "Z", "-00:00"):
            return TimeV(tv.t, True)
        if len(s) == 6 and s[0] in "+-" and s[3] == ":":
            off = (int(s[1:3]) * 3600 + int(s[4:6]) * 60) * (-1 if s[0] == "-" else 1)
            return TimeV(tv.t, False, off, None)
        vm.arg_error(f'"+HH:MM", "-HH:MM", "UTC" or "A".."I","K".."Z" expected for utc_offset: {s}')

    T.allocator = lambda vm, k: RData(k, TimeV(Fraction(_time.time_ns(), 10 ** 9)))

    def now(vm, s, a, b, kw=None):
        return mk(apply_zone(vm, TimeV(Fraction(_time.time_ns(), 10 ** 9)), zone_kw(vm, kw)), s)
    defs(vm, T, "now", now, 0, kw=True)

    units = {"millisecond": 10 ** 3, "usec": 10 ** 6, "microsecond": 10 ** 6, "nsec": 10 ** 9,
             "nanosecond": 10 ** 9}

    def at(vm, s, a, b, kw=None):
        if not 1 <= len(a) <= 3:
            vm.wrong_args(len(a), 1, 3)
        x = a[0]
        if isinstance(x, RData) and isinstance(x.data, TimeV):
            t = x.data.t
            tv = TimeV(t, x.data.utc, x.data.off, x.data.zone)
        else:
            t = exact(vm, x)
            if len(a) >= 2:
                unit = a[2].name if len(a) == 3 and type(a[2]) is RSymbol else "microsecond"
                if unit not in units:
                    vm.arg_error(f"unexpected unit: {r_inspect(vm, a[2])}")
                t += exact(vm, a[1]) / units[unit]
            tv = TimeV(t)
        return mk(apply_zone(vm, tv, zone_kw(vm, kw)), s)
    defs(vm, T, "at", at, -1, kw=True)

    def civil_args(vm, a):
        vals = []
        defaults = [None, 1, 1, 0, 0, 0]
        for i in range(6):
            v = a[i] if i < len(a) else defaults[i]
            if i == 0 and v is None:
                vm.wrong_args(0, 1, 8)
            if i == 1 and isinstance(v, RString):
                mon = v.s.lower()[:3]
                names = [mn[:3].lower() for mn in MONTHS]
                v = names.index(mon) + 1 if mon in names else int(v.s)
            elif isinstance(v, RString):
                v = int(v.s)
            if i == 5:
                v = exact(vm, v)
            elif v is not None:
                v = int(v) if type(v) in (float, Fraction) else v
            vals.append(v)
        y, mo, d, h, mi, sec = vals
        if not 1 <= mo <= 12:
            vm.arg_error("mon out of range")
        if not 1 <= d <= 31 or not 0 <= h <= 24 or not 0 <= mi <= 59 or not 0 <= sec < 61:
            vm.arg_error("argument out of range")
        days = _days_from_civil(y, mo, 1) + d - 1
        return days * 86400 + h * 3600 + mi * 60 + sec

    def utc(vm, s, a, b):
        return mk(TimeV(civil_args(vm, a), True), s)
    defs(vm, T, "utc", utc, -1)
    defs(vm, T, "gm", utc, -1)

    def local(vm, s, a, b):
        t = civil_args(vm, a)
        off = _time.localtime(math.floor(t)).tm_gmtoff
        return mk(TimeV(t - off), s)
    defs(vm, T, "local", local, -1)

    def initialize(vm, s, a, b, kw=None):
        """Time.new: now, or the civil time given (local, or in: / a 7th offset argument)."""
        z = zone_kw(vm, kw)
        if len(a) == 7:
            z, a = a[6], a[:6]
        if not a:
            s.data = apply_zone(vm, TimeV(Fraction(_time.time_ns(), 10 ** 9)), z)
            return None
        t = civil_args(vm, a)
        if z is None:
            off = _time.localtime(math.floor(t)).tm_gmtoff
            s.data = TimeV(t - off)
        else:
            probe = apply_zone(vm, TimeV(t), z) if type(z) is not int else TimeV(t, False, z, None)
            s.data = TimeV(t - probe.off, probe.utc, probe.off, probe.zone)
        return None
    defm(T, "initialize", initialize, -1, visi="private", kw=True)
    defs(vm, T, "mktime", local, -1)

    def tvf(i):
        return lambda vm, s, a, b: s.data.fields()[i]
    for i, name in enumerate(["year", "month", "day", "hour", "min", "sec", "wday", "yday"]):
        defm(T, name, tvf(i), 0)
    defm(T, "mon", tvf(1), 0)
    defm(T, "mday", tvf(2), 0)
    for i, name in enumerate(["sunday?", "monday?", "tuesday?", "wednesday?", "thursday?",
                              "friday?", "saturday?"]):
        defm(T, name, (lambda i: lambda vm, s, a, b: s.data.fields()[6] == i)(i), 0)
    defm(T, "usec", lambda vm, s, a, b: math.floor(s.data.subsec() * 10 ** 6), 0)
    defm(T, "tv_usec", lambda vm, s, a, b: math.floor(s.data.subsec() * 10 ** 6), 0)
    defm(T, "nsec", lambda vm, s, a, b: math.floor(s.data.subsec() * 10 ** 9), 0)
    defm(T, "tv_nsec", lambda vm, s, a, b: math.floor(s.data.subsec() * 10 ** 9), 0)
    defm(T, "subsec", lambda vm, s, a, b: s.data.subsec() if s.data.subsec() else 0, 0)
    defm(T, "to_i", lambda vm, s, a, b: math.floor(s.data.t), 0)
    defm(T, "tv_sec", lambda vm, s, a, b: math.floor(s.data.t), 0)
    defm(T, "to_f", lambda vm, s, a, b: float(s.data.t), 0)
    defm(T, "to_r", lambda vm, s, a, b: s.data.t, 0)
    defm(T, "zone", lambda vm, s, a, b: vm.str_new(s.data.zone) if s.data.zone else None, 0)
    defm(T, "utc_offset", lambda vm, s, a, b: s.data.off, 0)
    defm(T, "gmt_offset", lambda vm, s, a, b: s.data.off, 0)
    defm(T, "utc?", lambda vm, s, a, b: s.data.utc, 0)
    defm(T, "gmt?", lambda vm, s, a, b: s.data.utc, 0)

    def to_utc(vm, s, a, b):
        s.data = TimeV(s.data.t, True)
        return s
    defm(T, "utc", to_utc, 0)
    defm(T, "gmtime", to_utc, 0)

    def local_tv(vm, t, a):
        """The Time in the machine's zone, or at a "+HH:MM" / seconds offset."""
        if a and a[0] is not None:
            z = a[0]
            if type(z) is int:
                return TimeV(t, False, z, None)
            return apply_zone(vm, TimeV(t), z)
        return TimeV(t)

    def to_local(vm, s, a, b):
        s.data = local_tv(vm, s.data.t, a)
        return s
    defm(T, "localtime", to_local, -1)
    defm(T, "getutc", lambda vm, s, a, b: mk(TimeV(s.data.t, True)), 0)
    defm(T, "getgm", lambda vm, s, a, b: mk(TimeV(s.data.t, True)), 0)
    defm(T, "getlocal", lambda vm, s, a, b: mk(local_tv(vm, s.data.t, a)), -1)
    defm(T, "strftime", lambda vm, s, a, b: vm.str_new(strftime(s.data, a[0].s)), 1)
    defm(T, "to_s", lambda vm, s, a, b: vm.str_new(time_to_s(s.data)), 0)
    defm(T, "inspect", lambda vm, s, a, b: vm.str_new(time_inspect(s.data)), 0)

    def to_a(vm, s, a, b):
        y, m, d, H, M, S, wday, yday = s.data.fields()
        return vm.ary_new([S, M, H, d, m, y, wday, yday, False,
                           vm.str_new(s.data.zone) if s.data.zone else None])
    defm(T, "to_a", to_a, 0)

    def same_zone(tv, t):
        return TimeV(t, tv.utc, None if not tv.utc and tv.zone is not None else tv.off,
                     None) if not tv.utc and tv.zone is None else TimeV(t, tv.utc)

    def plus(vm, s, a, b):
        x = a[0]
        if isinstance(x, RData) and isinstance(x.data, TimeV):
            vm.type_error("time + time?")
        return mk(same_zone(s.data, s.data.t + exact(vm, x)), vm.real_class(s))
    defm(T, "+", plus, 1)

    def minus(vm, s, a, b):
        x = a[0]
        if isinstance(x, RData) and isinstance(x.data, TimeV):
            return float(s.data.t - x.data.t)
        return mk(same_zone(s.data, s.data.t - exact(vm, x)), vm.real_class(s))
    defm(T, "-", minus, 1)

    def cmp(vm, s, a, b):
        x = a[0]
        if isinstance(x, RData) and isinstance(x.data, TimeV):
            return (s.data.t > x.data.t) - (s.data.t < x.data.t)
        return None
    defm(T, "<=>", cmp, 1)
    vm.call_method(T, "include", [vm.mComparable])
    defm(T, "==", lambda vm, s, a, b: isinstance(a[0], RData) and isinstance(a[0].data, TimeV) and s.data.t == a[0].data.t, 1)
    defm(T, "eql?", lambda vm, s, a, b: isinstance(a[0], RData) and isinstance(a[0].data, TimeV) and s.data.t == a[0].data.t, 1)
    defm(T, "hash", lambda vm, s, a, b: hash(("time", s.data.t)), 0)

    def round_(vm, s, a, b):
        nd = a[0] if a else 0
        q = Fraction(1, 10 ** nd)
        t = s.data.t
        r = math.floor(t / q + Fraction(1, 2)) * q
        return mk(same_zone(s.data, r), vm.real_class(s))
    defm(T, "round", round_, -1)
    defm(T, "floor", lambda vm, s, a, b: mk(same_zone(s.data, math.floor(s.data.t * 10 ** (a[0] if a else 0)) / Fraction(10 ** (a[0] if a else 0)))), -1)

    # Kernel#sleep (cf. rb_f_sleep): the whole seconds slept
    def sleep(vm, s, a, b):
        t0 = _time.monotonic()
        if a:
            d = a[0]
            if type(d) not in (int, float, Fraction):
                vm.type_error(f"can't convert {vm.real_class(d).name} into time interval")
            if d < 0:
                vm.arg_error("time interval must not be negative")
            _time.sleep(float(d))
        else:
            vm.raise_(vm.eNotImplementedError, "sleep forever is not supported here")
        return round(_time.monotonic() - t0)
    defm(vm.mKernel, "sleep", sleep, -1, visi="private")

    # Process clocks (cf. rb_clock_gettime)
    P = vm.mProcess
    clocks = {"CLOCK_REALTIME": 0, "CLOCK_MONOTONIC": 1, "CLOCK_PROCESS_CPUTIME_ID": 2,
              "CLOCK_THREAD_CPUTIME_ID": 3, "CLOCK_MONOTONIC_RAW": 4, "CLOCK_REALTIME_COARSE": 5,
              "CLOCK_MONOTONIC_COARSE": 6, "CLOCK_BOOTTIME": 7}
    P.const_tbl.update(clocks)

    def clock_gettime(vm, s, a, b):
        cid = a[0]
        try:
            ns = _time.clock_gettime_ns(cid) if type(cid) is int else None
        except OSError:
            ns = None
        if ns is None:
            e = vm.make_exc(vm.mErrno.const_tbl.get("EINVAL", vm.eSystemCallError),
                            "Invalid argument - clock_gettime")
            e.ivars["errno"] = 22
            vm.raise_exc(e)
        unit = a[1].name if len(a) > 1 and type(a[1]) is RSymbol else "float_second"
        table = {"float_second": (1e9, True), "float_millisecond": (1e6, True),
                 "float_microsecond": (1e3, True), "second": (10 ** 9, False),
                 "millisecond": (10 ** 6, False), "microsecond": (10 ** 3, False),
                 "nanosecond": (1, False)}
        if unit not in table:
            vm.arg_error(f"unexpected unit: {unit}")
        div, flt = table[unit]
        return ns / div if flt else ns // div
    defs(vm, P, "clock_gettime", clock_gettime, -2)
    defs(vm, P, "pid", lambda vm, s, a, b: os.getpid(), 0)
    defs(vm, P, "ppid", lambda vm, s, a, b: os.getppid(), 0)
