plansiteSearchLoaded("w/u0/2",{
"2":[1,-5]
});
