require_relative "lib/req_helper"
p ReqHelper.greet("world"), ReqHelper::VERSION, req_helper_fn(3)
p require_relative("lib/req_helper"), $LOADED_FEATURES.count { _1.end_with?("lib/req_helper.rb") }
