plansiteSearchLoaded("w/u0/i",{
"i":[1,-3]
});
