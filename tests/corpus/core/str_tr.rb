p "hello".tr("el", "ip"), "hello".tr("a-y", "b-z"), "hello".tr("^l", "*"), "hello".tr("lo", "x")
p "hello".tr_s("l", "r"), "aabbcc".tr_s("a-c", "x"), "hello".tr("a-z", "A-Z"), "hello".tr("elo", "")
p "hello".delete("l"), "hello".delete("a-k"), "hello".delete("^l"), "hello".delete("lo", "o"), "he-llo".delete("-")
p "aaabbbccc".squeeze, "aaabbbccc".squeeze("a"), "a  b   c".squeeze(" "), "mississippi".squeeze("a-r")
p "hello world".count("lo"), "hello".count("a-y"), "hello".count("^l"), "hello".count("lo", "o"), "hello".count("")
p "héllo".tr("é", "e"), "hello".tr("a-z", "*"), "a\\b".tr("\\", "/"), "a-b".tr("-", "_"), "abc".tr("a-c", "AB")
p "12345".tr("1-5", "a"), "hello".tr("^aeiou", "."), "hello".count("\\-l") rescue p $!
