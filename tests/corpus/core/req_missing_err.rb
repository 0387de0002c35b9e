require_relative "lib/req_helper"
p ReqHelper::VERSION
p ReqHelper.greet("x")
p ReqHelper::MISSING_CONSTANT
