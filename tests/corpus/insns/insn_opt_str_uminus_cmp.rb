p (-"k").equal?(-"k")
