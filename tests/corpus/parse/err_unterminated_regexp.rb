r = /abc
