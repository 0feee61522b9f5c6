plansiteSearchLoaded("w/u0/na",{
"nam":[1,1]
});
