def class; end
def if(x) = x
def end; end
