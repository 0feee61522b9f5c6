plansiteSearchLoaded("w/u0/xa",{
"xa":[1,-4]
});
