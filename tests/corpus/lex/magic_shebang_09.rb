#!/usr/bin/ruby -w
p 1
