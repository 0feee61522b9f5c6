plansiteSearchLoaded("w/u0/so",{
"so":[0,4,1,5]
});
