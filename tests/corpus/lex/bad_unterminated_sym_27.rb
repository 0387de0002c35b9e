s = :"abc
