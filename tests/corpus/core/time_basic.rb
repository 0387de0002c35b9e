p Time.now.is_a?(Time), Time.now.year >= 2022, Time.at(0).utc.year, Time.at(0).utc.month, Time.at(0).utc.hour
p sleep(0), Time.at(86400 * 365).utc.year, Time.now.class, Time.now.utc? || true
t = Time.at(1_000_000_000).utc
p t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.to_i, t.utc?
