t = Time.at(0, in: "UTC") rescue Time.at(0).utc
p t.year, Time.at(1.5).utc.usec, Time.at(0, 500, :millisecond).utc.usec, Time.at(10**9).utc.strftime("%F %T")
p (Time.utc(2021, 12, 31, 23, 59, 59) + 1).year
p Time.utc(2020, 1, 31).month, Time.at(0).utc.zone, Time.utc(2000).round.year
