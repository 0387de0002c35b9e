raise "no" unless valid?
x ||= 2 unless x
