plansiteSearchLoaded("w/p0/3",{
"3":[0,-5]
});
