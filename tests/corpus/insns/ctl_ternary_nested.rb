a = 5
p a > 3 ? (a > 4 ? :big : :mid) : :small
