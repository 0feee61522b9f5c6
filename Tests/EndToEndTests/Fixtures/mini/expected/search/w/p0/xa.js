plansiteSearchLoaded("w/p0/xa",{
"xa":[0,-4,0,21,0,22,0,25,0,26],
"xau":[0,14]
});
