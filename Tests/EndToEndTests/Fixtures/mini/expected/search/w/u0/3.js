plansiteSearchLoaded("w/u0/3",{
"3":[1,2]
});
