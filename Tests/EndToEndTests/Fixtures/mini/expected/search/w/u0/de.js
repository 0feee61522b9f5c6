plansiteSearchLoaded("w/u0/de",{
"de":[0,4,1,-6]
});
