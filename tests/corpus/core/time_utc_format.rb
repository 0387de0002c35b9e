t = Time.utc(2000, 1, 2, 3, 4, 5)
p t, t.to_s, t.inspect, t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%a %b %e %j %p %I %y %%"), t.to_a
p t + 60, t - 3600, (t + 86400).day, t - Time.utc(2000, 1, 1), t.monday?, t.sunday?, t.to_i, t.to_f
p Time.utc(2024, 2, 29).yday, Time.utc(2023, 12, 31).strftime("%U %W %A %B"), Time.gm(1970) == Time.at(0)
p Time.utc(2000, 1, 1) < Time.utc(2000, 1, 2), Time.utc(2000, 3, 1) - Time.utc(2000, 2, 1)
