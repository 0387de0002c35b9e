def grab_proc(&b) = b
pr = grab_proc { :captured }
p pr.class, pr.call
