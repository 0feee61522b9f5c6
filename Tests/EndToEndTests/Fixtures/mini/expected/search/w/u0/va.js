plansiteSearchLoaded("w/u0/va",{
"van":[0,5]
});
