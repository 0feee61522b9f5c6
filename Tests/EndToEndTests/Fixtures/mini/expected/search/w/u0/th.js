plansiteSearchLoaded("w/u0/th",{
"thieu":[0,3]
});
