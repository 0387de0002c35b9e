key = :lang
{key => "Ruby"}
