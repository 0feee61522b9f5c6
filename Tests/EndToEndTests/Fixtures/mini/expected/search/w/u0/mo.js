plansiteSearchLoaded("w/u0/mo",{
"moi":[1,3],
"mot":[1,3]
});
