plansiteSearchLoaded("w/p0/xa",{
"xa":[0,-4],
"xau":[0,14]
});
