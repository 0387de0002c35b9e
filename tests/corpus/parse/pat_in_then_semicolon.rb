case 1; in Integer; :i; end
