plansiteSearchLoaded("w/u0/ta",{
"tap":[1,2]
});
