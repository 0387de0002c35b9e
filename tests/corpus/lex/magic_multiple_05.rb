#!/usr/bin/env ruby
# encoding: utf-8
# frozen_string_literal: false
p "x"
