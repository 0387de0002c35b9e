# -*- coding: utf-8 -*-
puts "ok"
