t = Time.new(2000, 1, 2, 3, 4, 5, "+09:00")
p t, t.utc_offset, t.zone, t.to_i, t.utc?, t.getutc, t.hour
u = Time.new(2001, 2, 3, in: "UTC")
p u, u.utc?, u.zone, u.inspect, Time.new(2002, 7).month, Time.new.class
e = Time.at(0).utc
p e.getlocal("+05:30"), e.getlocal(3600), e.dup.localtime("-02:00").hour, e.getlocal("-08:00").utc_offset
p Time.at(1.25, in: "-03:00"), Time.at(Time.at(5).utc).to_i, (Time.new(2000, 1, 1, 0, 0, 0, "bad") rescue $!.class)
p Time.new(2000, 1, 1, 0, 0, 0, "+09:00") - Time.new(2000, 1, 1, 0, 0, 0, "UTC"), t.strftime("%z %:z %H")
