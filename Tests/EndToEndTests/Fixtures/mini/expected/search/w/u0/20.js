plansiteSearchLoaded("w/u0/20",{
"2023":[0,5]
});
