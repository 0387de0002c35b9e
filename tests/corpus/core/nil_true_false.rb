p true & false, true & true, true | false, false | false, true ^ true, true ^ false, false ^ nil, (false && raise("never"))
p true.to_s, false.inspect, true.class, false.class, true.frozen?, !true, !false, true.!, TrueClass.ancestors.include?(Comparable)
p true == 1, true.eql?(true), true.hash == true.hash, true <=> false, false <=> false, true === true
p [true, false, nil].map { _1 ? "truthy" : "falsy" }, [0, "", [], {}].map { _1 ? "truthy" : "falsy" }
p true.to_s.frozen?, false.to_s.frozen?, nil.to_s.frozen?
