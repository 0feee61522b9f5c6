plansiteSearchLoaded("w/u0/05",{
"05":[0,5]
});
