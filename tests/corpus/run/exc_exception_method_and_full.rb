class MyErr < StandardError; end
e = MyErr.new("orig")
e2 = e.exception("changed")
p e.message
p e2.message
p e2.class
p e.equal?(e.exception)
p MyErr.exception("via class").message
p e.full_message(highlight: false).include?("orig (MyErr)")
