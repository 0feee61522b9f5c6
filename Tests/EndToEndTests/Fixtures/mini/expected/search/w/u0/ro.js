plansiteSearchLoaded("w/u0/ro",{
"rong":[1,4]
});
