t = Time.utc(2024, 3, 5, 7, 8, 9.5r)
p t, t.usec, t.nsec, t.subsec, t.to_r
p t.strftime("%-m/%-d/%y %l:%M %P"), t.strftime("%e|%3N|%L|%j|%u|%w|%^a|%^B|%10A|%-H")
p t.strftime("%s %z %:z %Z %C %D %R %r %T %F %%x")
p t.strftime("%c"), t.strftime("%_5d|%05e|%-j")
u = Time.at(1_700_000_000, in: "+09:00")
p u, u.utc_offset, u.hour, u.zone, u.utc?
p (t + 0.25).usec, (t - t).class, (t - 86_400 * 366).year, t.round(0), t.to_a.take(6)
p Time.at(0.5r).utc.inspect, Time.at(1, 123456789, :nsec).utc.nsec, Time.gm(2000, "feb", 29).yday
p [Time.utc(2001), Time.utc(2000)].max.year, Time.utc(2000) <=> Time.utc(2000), t.between?(t - 1, t + 1)
