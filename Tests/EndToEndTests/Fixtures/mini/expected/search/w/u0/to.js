plansiteSearchLoaded("w/u0/to",{
"to":[1,2]
});
