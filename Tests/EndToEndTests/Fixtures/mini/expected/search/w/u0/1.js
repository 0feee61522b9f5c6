plansiteSearchLoaded("w/u0/1",{
"1":[0,3]
});
