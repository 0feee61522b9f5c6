plansiteSearchLoaded("w/u0/06",{
"06":[0,5]
});
