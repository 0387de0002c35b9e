if x; y; elsif z; w; else; v; end
